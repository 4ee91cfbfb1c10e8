package org.channelport.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * Brings the schema up to date with the migrations in sql/ before anything else touches the
 * database, and (when channelport.demo-data is on) loads the demo data. Flyway gets its own plain
 * connection: a migration manages its own transactions and must not join the container's.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigrations {
  private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

  @Inject
  @ConfigProperty(name = "channelport.db.url")
  String url;

  @Inject
  @ConfigProperty(name = "channelport.db.user")
  String user;

  @Inject
  @ConfigProperty(name = "channelport.db.password")
  String password;

  @Inject
  @ConfigProperty(name = "channelport.demo-data", defaultValue = "false")
  boolean demoData;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void migrate() {
    List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
    if (demoData) {
      locations.add("classpath:db/demo");
    }
    MigrateResult result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource())
            .locations(locations.toArray(String[]::new))
            .failOnMissingLocations(true)
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied"
                + (demoData ? ", demo data loaded" : "")
                + ")");
  }

  private MariaDbDataSource dataSource() {
    try {
      MariaDbDataSource dataSource = new MariaDbDataSource(url);
      dataSource.setUser(user);
      dataSource.setPassword(password);
      return dataSource;
    } catch (SQLException e) {
      throw new IllegalStateException("Bad database URL " + url, e);
    }
  }
}
