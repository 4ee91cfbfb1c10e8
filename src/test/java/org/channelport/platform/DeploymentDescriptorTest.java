package org.channelport.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** What the WAR promises about itself: production stage, server-side state, error pages. */
class DeploymentDescriptorTest {
  static Document webXml() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(Path.of("src/main/webapp/WEB-INF/web.xml").toFile());
  }

  static String contextParam(Document doc, String name) throws Exception {
    return XPathFactory.newInstance()
        .newXPath()
        .evaluate(
            "//*[local-name()='context-param'][*[local-name()='param-name']='"
                + name
                + "']/*[local-name()='param-value']",
            doc)
        .strip();
  }

  @Test
  void facesRunsInProductionStageWithServerSideState() throws Exception {
    Document doc = webXml();
    assertEquals("Production", contextParam(doc, "jakarta.faces.PROJECT_STAGE"));
    assertEquals("server", contextParam(doc, "jakarta.faces.STATE_SAVING_METHOD"));
  }

  @Test
  void errorsRenderFriendlyPagesWithoutStackTraces() throws Exception {
    String xml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
    assertTrue(xml.contains("<location>/error.xhtml</location>"));
    assertTrue(
        xml.contains(
            "<exception-type>jakarta.faces.application.ViewExpiredException</exception-type>"));
    String errorPage = Files.readString(Path.of("src/main/webapp/error.xhtml"));
    assertTrue(!errorPage.contains("exception") && !errorPage.contains("stackTrace"));
  }

  @Test
  void pagesGetPrimeFacesNoncesAndEveryResponseTheSecurityHeaders() throws Exception {
    Document doc = webXml();
    assertEquals("true", contextParam(doc, "primefaces.CSP"));
    // PrimeFaces appends 'nonce-...' to the policy: script-src must be its last directive
    assertTrue(contextParam(doc, "primefaces.CSP_POLICY").endsWith("script-src 'self'"));
    var xpath = XPathFactory.newInstance().newXPath();
    assertEquals(
        "SecurityHeaders",
        xpath.evaluate(
            "(//*[local-name()='filter-mapping'])[1]/*[local-name()='filter-name']", doc));
    assertEquals(
        "ERROR",
        xpath.evaluate(
            "//*[local-name()='filter-mapping'][*[local-name()='filter-name']='SecurityHeaders']"
                + "/*[local-name()='dispatcher'][.='ERROR']",
            doc));
  }

  @Test
  void noPageIsATransientViewThatWouldSkipTheViewStateCheck() throws Exception {
    try (var pages = Files.walk(Path.of("src/main/webapp"))) {
      pages
          .filter(p -> p.toString().endsWith(".xhtml"))
          .forEach(
              p -> {
                try {
                  assertTrue(
                      !Files.readString(p).contains("transient=\"true\""), p + " is transient");
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
