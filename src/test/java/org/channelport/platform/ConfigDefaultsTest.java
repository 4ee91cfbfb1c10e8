package org.channelport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.channelport.catalog.CatalogConfig;
import org.channelport.deal.DealsConfig;
import org.channelport.erp.ErpConfig;
import org.channelport.erp.protocol.ProtocolConfig;
import org.channelport.lead.LeadsConfig;
import org.channelport.order.web.OrderLinksConfig;
import org.channelport.platform.mail.MailConfig;
import org.channelport.showroom.ShowroomConfig;
import org.channelport.support.IssuesConfig;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The capabilities' settings: each typed config object names its keys (no default written in its
 * annotations: the field's initial value is the default), and the README's Configuration table
 * documents every key with the same number as its default.
 */
class ConfigDefaultsTest {
  static final List<Object> CONFIGS =
      List.of(
          new LeadsConfig(),
          new DealsConfig(),
          new CatalogConfig(),
          new ShowroomConfig(),
          new ErpConfig(),
          new MailConfig(),
          new ProtocolConfig(),
          new OrderLinksConfig(),
          new IssuesConfig());

  @Test
  void everySettingIsDocumentedWithItsDefault() throws Exception {
    List<String> table =
        Files.readAllLines(Path.of("README.md")).stream().filter(l -> l.startsWith("| `")).toList();
    for (Object config : CONFIGS) {
      String prefix = config.getClass().getAnnotation(ConfigProperties.class).prefix();
      for (Field field : config.getClass().getDeclaredFields()) {
        ConfigProperty property = field.getAnnotation(ConfigProperty.class);
        if (property == null) {
          continue;
        }
        assertEquals(
            ConfigProperty.UNCONFIGURED_VALUE,
            property.defaultValue(),
            field + ": the default is the field's initial value");
        String env =
            (prefix + "." + property.name()).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
        String row =
            table.stream().filter(l -> l.contains("`" + env + "`")).findFirst().orElse(null);
        assertNotNull(row, env + " is in the README's Configuration table");
        Object value = field.get(config);
        if (value instanceof Number) {
          String documented = row.split("\\|")[2].strip();
          assertTrue(documented.startsWith(value.toString()), env + ": " + documented);
        }
      }
    }
  }
}
