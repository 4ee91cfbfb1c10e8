package org.channelport.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with the migrations in sql/ before anything else touches the
 * database, and (when channelport.demo-data is on) loads the demo data.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigrations {
  private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "channelport.demo-data", defaultValue = "false")
  boolean demoData;

  @PostConstruct
  void migrate() {
    List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
    if (demoData) {
      locations.add("classpath:db/demo");
    }
    MigrateResult result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
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
}
