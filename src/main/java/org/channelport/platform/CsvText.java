package org.channelport.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * Opens the CSV files people upload the way spreadsheets write them: UTF-8 with or without a byte
 * order mark, comma or semicolon (whichever the header row uses more outside quotes), quoted fields
 * with line breaks. Empty lines are kept so that record line numbers match the file.
 */
public final class CsvText {
  private static final int MAX_HEADER = 64 * 1024;

  private CsvText() {}

  /** The file cannot be read as CSV text at all. */
  public static final class Unreadable extends Exception {
    private final boolean notUtf8;

    Unreadable(boolean notUtf8) {
      super(notUtf8 ? "not UTF-8" : "empty");
      this.notUtf8 = notUtf8;
    }

    /** true: invalid UTF-8 in the header row; false: nothing but blanks there. */
    public boolean notUtf8() {
      return notUtf8;
    }
  }

  /** A parser over the stream, positioned before the header row; invalid UTF-8 later fails. */
  public static CSVParser open(InputStream in) throws IOException, Unreadable {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 64 * 1024);
    reader.mark(1);
    if (read(reader) != '\uFEFF') {
      reader.reset();
    }
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(delimiter(reader))
            .setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(false)
            .get();
    return CSVParser.parse(reader, format);
  }

  private static int read(BufferedReader reader) throws IOException, Unreadable {
    try {
      return reader.read();
    } catch (CharacterCodingException e) {
      throw new Unreadable(true);
    }
  }

  /** Comma or semicolon: whichever occurs more often outside quotes in the header row. */
  private static char delimiter(BufferedReader reader) throws IOException, Unreadable {
    reader.mark(MAX_HEADER);
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < MAX_HEADER - 1; i++) {
      int c = read(reader);
      if (c < 0 || (!quoted && (c == '\n' || c == '\r'))) {
        break;
      }
      any |= !Character.isWhitespace(c);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      }
    }
    reader.reset();
    if (!any) {
      throw new Unreadable(false);
    }
    return semicolons > commas ? ';' : ',';
  }
}
