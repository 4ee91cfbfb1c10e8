package org.channelport.lead.dispatch;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.channelport.platform.Database;

/**
 * Reserves blocks of table-generator ids in a transaction of their own, so a long bulk run does not
 * hold the id_generator row (and every JPA insert that needs new ids) until it commits.
 */
@ApplicationScoped
public class IdBlocks {
  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  /** The first of {@code n} fresh ids of the generator {@code name}. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public long reserve(String name, int n) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return DispatchWriter.reserveIds(c, name, n);
    }
  }
}
