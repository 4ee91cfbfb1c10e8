package org.channelport.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The one resource bundle for UI text and error messages, in the user's language. */
public final class Messages {
  public static final String BUNDLE = "org.channelport.messages";

  /** The key prefix of field labels: {@code field.<name>}. */
  public static final String FIELD = "field.";

  private Messages() {}

  public static String text(Locale locale, String key, Object... args) {
    String pattern;
    try {
      pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
    } catch (MissingResourceException e) {
      pattern = key;
    }
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }

  /**
   * The label an error message gives an input field: the bundle's {@code field.<name>}, or the name
   * itself when the bundle has none. Every page names fields this one way.
   */
  public static String fieldLabel(Locale locale, String field) {
    return fieldLabel(locale, null, field);
  }

  /**
   * Like {@link #fieldLabel(Locale, String)}, for the forms of a capability whose inputs carry
   * labels of their own ({@code <scope>.field.<name>}, e.g. {@code lead.field.company}): that label
   * first, so an error names the field as its form does, then {@code field.<name>}.
   */
  public static String fieldLabel(Locale locale, String scope, String field) {
    if (scope != null) {
      String key = scope + "." + FIELD + field;
      String label = text(locale, key);
      if (!label.equals(key)) {
        return label;
      }
    }
    String key = FIELD + field;
    String label = text(locale, key);
    return label.equals(key) ? field : label;
  }

  public static String english(String key, Object... args) {
    return text(Locale.ENGLISH, key, args);
  }
}
