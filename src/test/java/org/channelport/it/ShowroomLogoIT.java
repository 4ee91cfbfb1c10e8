package org.channelport.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.channelport.devstack.TestStack;
import org.channelport.it.support.Browser;
import org.channelport.it.support.Db;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A partner manager's showroom logo goes through the file store: a real PNG is kept (by its hash,
 * not its name) and shown at the showroom's logo address; an HTML page named like a PNG is refused
 * with a message naming the field. The showroom's logo is as it was afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class ShowroomLogoIT {
  static final HttpClient HTTP = HttpClient.newHttpClient();

  /** The page's messages: the settings form's box, which shows the logo form's messages too. */
  static final By MESSAGES = By.id("showroomForm:messages");

  static final By LOGO_INPUT = By.cssSelector("#logoForm input[type=file]");

  @Test
  void aPartnerManagerUploadsALogoThePublicSeesAndAFakeOneIsRefused() throws Exception {
    long danube = Db.count("SELECT partner_id FROM showroom WHERE slug = 'danube-solutions'");
    String logoBefore = Db.string("SELECT logo_file_id FROM showroom WHERE partner_id = ?", danube);
    // a demo logo would be deleted by the upload: keep a copy of it to put back
    Long keptCopy = null;
    if (logoBefore != null) {
      Db.update(
          "INSERT INTO stored_file (purpose, sha256, media_type, size_bytes, content, client_name,"
              + " created_at, created_by) SELECT purpose, sha256, media_type, size_bytes, content,"
              + " client_name, created_at, created_by FROM stored_file WHERE id = ?",
          Long.parseLong(logoBefore));
      keptCopy = Db.count("SELECT MAX(id) FROM stored_file");
    }
    // the files this test makes are numbered after these
    long lastBefore = Db.count("SELECT COALESCE(MAX(id), 0) FROM stored_file");
    Path dir = Files.createTempDirectory("logo");
    Path png = dir.resolve("danube logo.png");
    Files.write(png, png());
    Path fake = dir.resolve("fake.png");
    Files.writeString(fake, "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");
    try {
      try (Browser manager = new Browser()) {
        manager.signIn("pm-danube");
        manager.open("/partner/showroom.xhtml");
        manager.upload(LOGO_INPUT, fake);
        manager.click(By.id("logoForm:saveLogo"));
        manager.waitForText(MESSAGES, "Logo: must be a PNG, JPEG, GIF or WebP picture");
        assertEquals(
            logoBefore,
            Db.string("SELECT logo_file_id FROM showroom WHERE partner_id = ?", danube),
            "the refused file changes nothing");
        assertEquals(0, Db.count("SELECT COUNT(*) FROM stored_file WHERE id > ?", lastBefore));

        manager.upload(LOGO_INPUT, png);
        manager.click(By.id("logoForm:saveLogo"));
        manager.waitForText(MESSAGES, "Logo saved.");
        assertEquals(
            "danube logo.png",
            Db.string(
                "SELECT f.client_name FROM showroom s JOIN stored_file f ON f.id = s.logo_file_id"
                    + " WHERE s.partner_id = ?",
                danube));

        HttpResponse<byte[]> logo =
            HTTP.send(
                HttpRequest.newBuilder(
                        URI.create(TestStack.portalUrl() + "/showroom/danube-solutions/logo"))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, logo.statusCode());
        // the media type; the container adds web.xml's response charset to every content type
        assertEquals(
            "image/png",
            logo.headers().firstValue("Content-Type").orElse("").split(";")[0].strip());
        assertArrayEquals(Files.readAllBytes(png), logo.body());

        manager.click(By.id("logoForm:removeLogo"));
        manager.waitForText(MESSAGES, "Logo removed.");
      }
      assertEquals(
          0,
          Db.count("SELECT COUNT(*) FROM stored_file WHERE id > ?", lastBefore),
          "the removed logo's file is gone");
      HttpResponse<String> gone =
          HTTP.send(
              HttpRequest.newBuilder(
                      URI.create(TestStack.portalUrl() + "/showroom/danube-solutions/logo"))
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertEquals(404, gone.statusCode());
    } finally {
      // the demo state: the logo there was (or its copy, when the upload replaced it), or none;
      // no file of this test left
      if (logoBefore == null) {
        Db.update(
            "UPDATE showroom SET logo_file_id = NULL, logo_type = NULL WHERE partner_id = ?",
            danube);
      } else {
        long original = Long.parseLong(logoBefore);
        long restored =
            Db.count("SELECT COUNT(*) FROM stored_file WHERE id = ?", original) > 0
                ? original
                : keptCopy;
        Db.update(
            "UPDATE showroom SET logo_file_id = ?, logo_type = (SELECT media_type FROM stored_file"
                + " WHERE id = ?) WHERE partner_id = ?",
            restored,
            restored,
            danube);
        if (restored == original) {
          Db.update("DELETE FROM stored_file WHERE id = ?", keptCopy);
        }
      }
      Db.update("DELETE FROM stored_file WHERE id > ?", lastBefore);
      Files.deleteIfExists(png);
      Files.deleteIfExists(fake);
      Files.deleteIfExists(dir);
    }
  }

  private static byte[] png() throws Exception {
    BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
    image.setRGB(3, 3, 0x3366cc);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
