package org.channelport.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The integration door: /api/v1, Keycloak bearer tokens only. */
@ApplicationPath(ApiApplication.PATH)
@OpenAPIDefinition(
    info =
        @Info(
            title = "Channelport API",
            version = "1",
            description =
                "Partner channel management. Every call needs a Keycloak bearer token (realm"
                    + " channelport, audience channelport-api); the same access rules as the"
                    + " portal apply: another partner's record answers 404."),
    security = @SecurityRequirement(name = "keycloak"))
@SecurityScheme(
    securitySchemeName = "keycloak",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class ApiApplication extends Application {
  public static final String PATH = "/api/v1";
}
