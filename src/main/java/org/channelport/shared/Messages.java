package org.channelport.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The one resource bundle for UI text and error messages, in the user's language. */
public final class Messages {
  public static final String BUNDLE = "org.channelport.messages";

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

  public static String english(String key, Object... args) {
    return text(Locale.ENGLISH, key, args);
  }
}
