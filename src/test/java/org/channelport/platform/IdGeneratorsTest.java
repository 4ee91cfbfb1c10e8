package org.channelport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The id generators are declared once, in META-INF/orm.xml: every entity with a table-generated id
 * names one declared there, each a row of id_generator named after the entity's table.
 */
class IdGeneratorsTest {
  static Map<String, Element> declared() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    NodeList nodes =
        factory
            .newDocumentBuilder()
            .parse(Path.of("src/main/resources/META-INF/orm.xml").toFile())
            .getElementsByTagName("table-generator");
    Map<String, Element> byName = new HashMap<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element e = (Element) nodes.item(i);
      assertEquals(null, byName.put(e.getAttribute("name"), e), "declared twice");
    }
    return byName;
  }

  static List<Class<?>> entities() throws Exception {
    Path classes = Path.of("target/classes");
    try (Stream<Path> files = Files.walk(classes.resolve("org/channelport"))) {
      List<String> names =
          files
              .map(classes::relativize)
              .map(Path::toString)
              .filter(n -> n.endsWith(".class") && !n.contains("$"))
              .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
              .toList();
      ClassLoader loader = IdGeneratorsTest.class.getClassLoader();
      List<Class<?>> entities = new ArrayList<>();
      for (String name : names) {
        Class<?> type = Class.forName(name, false, loader);
        if (type.isAnnotationPresent(Entity.class)) {
          entities.add(type);
        }
      }
      return entities;
    }
  }

  @Test
  void everyTableGeneratedIdNamesAGeneratorOfOrmXml() throws Exception {
    Map<String, Element> declared = declared();
    int tableGenerated = 0;
    for (Class<?> entity : entities()) {
      for (Field field : entity.getDeclaredFields()) {
        assertFalse(
            field.isAnnotationPresent(TableGenerator.class),
            entity.getName() + ": declare its generator in META-INF/orm.xml");
        GeneratedValue generated = field.getAnnotation(GeneratedValue.class);
        if (generated == null || generated.strategy() != GenerationType.TABLE) {
          continue;
        }
        tableGenerated++;
        Element generator = declared.get(generated.generator());
        assertNotNull(generator, entity.getName() + ": " + generated.generator());
        assertEquals("id_generator", generator.getAttribute("table"));
        assertEquals("name", generator.getAttribute("pk-column-name"));
        assertEquals("next_val", generator.getAttribute("value-column-name"));
        assertEquals(
            entity.getAnnotation(Table.class).name().replaceFirst("^sales_", ""),
            generator.getAttribute("pk-column-value").replaceFirst("^sales_", ""),
            entity.getName());
      }
    }
    assertEquals(declared.size(), tableGenerated, "every declared generator is used");
  }

  @Test
  void batchWrittenRowsReserveAHundredIdsAtATime() throws Exception {
    Map<String, Element> declared = declared();
    for (String name : List.of("lead_ids", "lead_event_ids")) {
      assertTrue(Integer.parseInt(declared.get(name).getAttribute("allocation-size")) >= 100, name);
    }
  }
}
