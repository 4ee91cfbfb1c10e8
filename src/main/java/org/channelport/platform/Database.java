package org.channelport.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import java.sql.Connection;

/**
 * The portal's one datasource. Its URL and credentials come from MicroProfile Config
 * (channelport.db.* or the CHANNELPORT_DB_* environment variables). MariaDB Connector/J keeps
 * useBulkStmts=false by default, so optimistic-lock conflicts in batches are reported.
 *
 * <p>Transactions read committed data (not InnoDB's default repeatable-read snapshot): a check made
 * after taking a lock ({@link Locks}) must see what the previous holder of the lock committed, also
 * when the transaction has read something before it took the lock.
 */
@DataSourceDefinition(
    name = Database.JNDI_NAME,
    className = "org.mariadb.jdbc.MariaDbDataSource",
    url = "${MPCONFIG=channelport.db.url}",
    user = "${MPCONFIG=channelport.db.user}",
    password = "${MPCONFIG=channelport.db.password}",
    minPoolSize = 0,
    initialPoolSize = 0,
    maxPoolSize = 32,
    isolationLevel = Connection.TRANSACTION_READ_COMMITTED,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=meta-data",
      "fish.payara.fail-all-connections=true"
    })
public final class Database {
  public static final String JNDI_NAME = "java:app/jdbc/channelport";

  private Database() {}
}
