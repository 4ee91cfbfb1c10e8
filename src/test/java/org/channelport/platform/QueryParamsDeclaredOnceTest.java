package org.channelport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No resource converts a query parameter itself: JAX-RS answers 404 when an {@code int}
 * {@code @QueryParam} does not convert and drops what it does not know, so every endpoint reads its
 * query through {@link ListParams}.
 */
class QueryParamsDeclaredOnceTest {
  @Test
  void noResourceMethodTakesAQueryParam() throws Exception {
    List<String> wrong = new ArrayList<>();
    List<Class<?>> resources = resources();
    assertTrue(resources.size() >= 8, resources.toString());
    for (Class<?> type : resources) {
      for (Method method : type.getDeclaredMethods()) {
        for (Parameter parameter : method.getParameters()) {
          if (parameter.isAnnotationPresent(QueryParam.class)
              || parameter.isAnnotationPresent(MatrixParam.class)
              || parameter.isAnnotationPresent(BeanParam.class)) {
            wrong.add(type.getSimpleName() + "." + method.getName() + "(" + parameter + ")");
          }
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  static List<Class<?>> resources() throws Exception {
    java.nio.file.Path root = java.nio.file.Path.of("target/classes");
    List<Class<?>> found = new ArrayList<>();
    try (Stream<java.nio.file.Path> files = Files.walk(root.resolve("org/channelport"))) {
      for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name =
            root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        if (name.contains("$")) {
          continue;
        }
        Class<?> type =
            Class.forName(name, false, QueryParamsDeclaredOnceTest.class.getClassLoader());
        if (type.isAnnotationPresent(Path.class)) {
          found.add(type);
        }
      }
    }
    return found;
  }
}
