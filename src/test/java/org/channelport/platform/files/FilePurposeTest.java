package org.channelport.platform.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javax.imageio.ImageIO;
import org.channelport.shared.FieldError;
import org.channelport.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Uploaded files are judged by their bytes: type, size, hash, name kept as metadata only. */
class FilePurposeTest {
  static final FilePurpose LOGO =
      new FilePurpose("showroom-logo", "logo", Set.of("image/png", "image/jpeg"), 4096);

  static byte[] picture(String format, int size) throws IOException {
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < size; x++) {
      for (int y = 0; y < size; y++) {
        image.setRGB(x, y, (x * 7919 + y * 104729) & 0xffffff);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, format, out);
    return out.toByteArray();
  }

  @Test
  void aRealPngIsAcceptedAsPng() throws IOException {
    byte[] png = picture("png", 8);
    assertEquals("image/png", FileTypes.detect(png));
    assertEquals("image/png", LOGO.check(png, 4096));
    assertEquals("image/jpeg", LOGO.check(picture("jpg", 8), 4096));
  }

  @Test
  void anHtmlPageNamedLikeAPngIsRefusedNamingTheField() {
    byte[] html =
        "<!DOCTYPE html><html><head><title>x</title></head><body><script>alert(1)</script>"
            .getBytes(StandardCharsets.UTF_8);
    assertEquals("text/html", FileTypes.detect(html));
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> LOGO.check(html, 4096));
    FieldError error = e.errors().get(0);
    assertEquals("logo", error.field());
    assertEquals("file.type", error.messageKey());
    assertEquals("must be a file of type image/jpeg, image/png", error.message());
  }

  @Test
  void svgAndUnknownBytesAreRefused() {
    byte[] svg =
        "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"
            .getBytes(StandardCharsets.UTF_8);
    assertNull(LOGO.recognise(svg));
    assertNull(LOGO.recognise(new byte[0]));
    assertNull(LOGO.recognise(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}));
  }

  @Test
  void aFileOverTheLimitIsRefusedWithTheLimitInKilobytes() throws IOException {
    byte[] big = picture("png", 64);
    assertEquals(true, big.length > 4096, "the test picture must be larger than the limit");
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> LOGO.check(big, 4096));
    assertEquals("logo", e.errors().get(0).field());
    assertEquals("must be at most 4 KB", e.errors().get(0).message());
  }

  @Test
  void theHashIsTheContentsSha256() {
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        FileStore.sha256("abc".getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void theClientsFileNameIsKeptWithoutFoldersOrControlCharacters() {
    assertEquals("logo.png", FileStore.sanitisedName("C:\\Users\\me\\logo.png"));
    assertEquals("passwd", FileStore.sanitisedName("../../etc/passwd"));
    assertEquals("a b.png", FileStore.sanitisedName(" a\u0000 b\u202e.png\n"));
    assertNull(FileStore.sanitisedName("../"));
    assertNull(FileStore.sanitisedName(".."));
    assertEquals(255, FileStore.sanitisedName("x".repeat(400)).length());
  }
}
