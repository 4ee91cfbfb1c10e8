package org.channelport.security.web;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.channelport.security.CurrentCaller;
import org.channelport.security.SignedIn;

/**
 * Keycloak sends the browser back here after sign-in; the OpenID Connect mechanism has already
 * established the caller. Tell whoever keeps a user directory ({@link SignedIn}) and go home.
 */
@WebServlet("/callback")
public class CallbackServlet extends HttpServlet {
  @Inject CurrentCaller currentCaller;
  @Inject OpenIdContext openIdContext;
  @Inject Event<SignedIn> signedIn;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    var claims = openIdContext.getIdentityToken().getJwtClaims();
    String name = claims.getStringClaim("name").orElse(null);
    String email = claims.getStringClaim("email").orElse(null);
    signedIn.fire(new SignedIn(currentCaller.get(), name, email));
    response.sendRedirect(request.getContextPath() + "/");
  }
}
