package org.channelport.lead.dispatch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Reserves blocks of table-generator ids in a transaction of their own, so a long bulk run does not
 * hold the id_generator row (and every JPA insert that needs new ids) until it commits.
 */
@ApplicationScoped
public class IdBlocks {
  DataSource dataSource;

  /** For the container's proxies. */
  protected IdBlocks() {}

  @Inject
  public IdBlocks(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The first of {@code n} fresh ids of the generator {@code name}. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public long reserve(String name, int n) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return DispatchWriter.reserveIds(c, name, n);
    }
  }
}
