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
 * with a message naming the field.
 */
@ExtendWith(ArquillianExtension.class)
class ShowroomLogoIT {
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test
  void aPartnerManagerUploadsALogoThePublicSeesAndAFakeOneIsRefused() throws Exception {
    Path dir = Files.createTempDirectory("logo");
    Path png = dir.resolve("danube logo.png");
    Files.write(png, png());
    Path fake = dir.resolve("fake.png");
    Files.writeString(fake, "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");
    try (Browser manager = new Browser()) {
      manager.signIn("pm-danube");
      manager.open("/partner/showroom.xhtml");
      manager.upload(By.cssSelector("#logoForm input[type=file]"), fake);
      manager.click(By.id("logoForm:saveLogo"));
      manager.waitForText(By.id("messages"), "Logo: must be a PNG, JPEG, GIF or WebP picture");
      assertEquals(
          0,
          Db.count(
              "SELECT COUNT(*) FROM showroom WHERE partner_id = 3 AND logo_file_id IS NOT NULL"));

      manager.upload(By.cssSelector("#logoForm input[type=file]"), png);
      manager.click(By.id("logoForm:saveLogo"));
      manager.waitForText(By.id("messages"), "Logo saved.");
      assertEquals(
          "danube logo.png",
          Db.string(
              "SELECT f.client_name FROM showroom s JOIN stored_file f ON f.id = s.logo_file_id"
                  + " WHERE s.partner_id = 3"));

      HttpResponse<byte[]> logo =
          HTTP.send(
              HttpRequest.newBuilder(
                      URI.create(TestStack.portalUrl() + "/showroom/danube-solutions/logo"))
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, logo.statusCode());
      assertEquals("image/png", logo.headers().firstValue("Content-Type").orElse(""));
      assertArrayEquals(Files.readAllBytes(png), logo.body());

      manager.click(By.id("logoForm:removeLogo"));
      manager.waitForText(By.id("messages"), "Logo removed.");
    } finally {
      Files.deleteIfExists(png);
      Files.deleteIfExists(fake);
      Files.deleteIfExists(dir);
    }
    assertEquals(0, Db.count("SELECT COUNT(*) FROM stored_file WHERE purpose = 'showroom-logo'"));
    HttpResponse<String> gone =
        HTTP.send(
            HttpRequest.newBuilder(
                    URI.create(TestStack.portalUrl() + "/showroom/danube-solutions/logo"))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(404, gone.statusCode());
  }

  private static byte[] png() throws Exception {
    BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
    image.setRGB(3, 3, 0x3366cc);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
