package org.channelport.catalog;

import java.util.Arrays;

/** Message arguments kept in one column, so stored reasons show in the reader's language. */
final class Args {
  private static final String SEPARATOR = "\u001f";

  private Args() {}

  static String join(Object... args) {
    if (args == null || args.length == 0) {
      return null;
    }
    String joined =
        String.join(
            SEPARATOR,
            Arrays.stream(args)
                .map(a -> a instanceof Number n ? "#" + n : "'" + a)
                .map(a -> a.replace(SEPARATOR, " "))
                .toList());
    return joined.length() > 1000 ? joined.substring(0, 1000) : joined;
  }

  static Object[] split(String joined) {
    if (joined == null || joined.isEmpty()) {
      return new Object[0];
    }
    return Arrays.stream(joined.split(SEPARATOR, -1))
        .map(
            a -> {
              if (a.startsWith("#")) {
                try {
                  return (Object) Long.valueOf(a.substring(1));
                } catch (NumberFormatException e) {
                  return a.substring(1);
                }
              }
              return a.isEmpty() ? a : a.substring(1);
            })
        .toArray();
  }
}
