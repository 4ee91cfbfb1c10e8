package org.channelport.it;

import java.io.File;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment of the integration test suite: the packaged portal WAR, deployed once (by
 * arquillian-suite-extension, named in arquillian.xml) for all Arquillian test classes, at
 * http://localhost:18080/ (context root / from arquillian.xml).
 *
 * <p>Test classes carry {@code @ExtendWith(ArquillianExtension.class) @RunAsClient} and no
 * {@code @Deployment} of their own.
 */
@ArquillianSuiteDeployment
public class PortalDeployment {

  @Deployment(testable = false)
  public static WebArchive portal() {
    File war = new File(System.getProperty("channelport.war", "target/channelport.war"));
    if (!war.isFile()) {
      throw new IllegalStateException("No portal WAR at " + war + ": run `mvn verify`");
    }
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }
}
