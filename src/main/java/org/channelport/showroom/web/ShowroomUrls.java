package org.channelport.showroom.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.channelport.showroom.PublicShowroom;
import org.channelport.showroom.PublicShowrooms;
import org.channelport.showroom.Showrooms;

/**
 * The public showroom addresses: /showroom/{slug}, /showroom/{slug}/p/{sku},
 * /showroom/{slug}/inquiry, /showroom/{slug}/thanks are the pages under /showroom/*.xhtml;
 * /showroom/{slug}/logo is the partner's logo, /showroom/{slug}/suggest?q= the search box's
 * suggestions (JSON). Anything else under /showroom/ is not found.
 */
@WebFilter(urlPatterns = "/showroom/*")
public class ShowroomUrls extends HttpFilter {
  private static final Pattern ROUTE =
      Pattern.compile(
          "/showroom/([a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?)(?:/(p)/([A-Za-z0-9][A-Za-z0-9._-]{0,63})|/(inquiry|thanks|logo|suggest))?/?");

  @Inject Showrooms showrooms;
  @Inject PublicShowrooms publicShowrooms;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.endsWith(".xhtml")) {
      chain.doFilter(request, response);
      return;
    }
    Matcher m = ROUTE.matcher(path);
    if (!m.matches()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String slug = m.group(1);
    if ("logo".equals(m.group(4))) {
      logo(slug, response);
      return;
    }
    if ("suggest".equals(m.group(4))) {
      suggest(slug, request, response);
      return;
    }
    String target;
    if ("p".equals(m.group(2))) {
      target = "/showroom/product.xhtml?s=" + slug + "&sku=" + enc(m.group(3));
    } else if ("inquiry".equals(m.group(4))) {
      target = "/showroom/inquiry.xhtml?s=" + slug;
    } else if ("thanks".equals(m.group(4))) {
      target = "/showroom/thanks.xhtml?s=" + slug;
    } else {
      target = "/showroom/index.xhtml?s=" + slug;
    }
    request.getRequestDispatcher(target).forward(request, response);
  }

  /**
   * What the search box offers as the visitor types: {"products": [{sku, name, url}], "categories":
   * [{code, name, url}]}, from this showroom's products and categories only.
   */
  private void suggest(String slug, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PublicShowroom showroom = publicShowrooms.bySlug(slug);
    if (showroom == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String typed = request.getParameter("q");
    if (typed != null && typed.length() > 100) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST, "q: at most 100 characters");
      return;
    }
    PublicShowrooms.Suggestions found = publicShowrooms.suggest(showroom, typed);
    String base = request.getContextPath() + "/showroom/" + slug;
    JsonArrayBuilder products = Json.createArrayBuilder();
    found
        .products()
        .forEach(
            p ->
                products.add(
                    Json.createObjectBuilder()
                        .add("sku", p.sku())
                        .add("name", p.name())
                        .add("url", base + "/p/" + enc(p.sku()))));
    JsonArrayBuilder categories = Json.createArrayBuilder();
    found
        .categories()
        .forEach(
            c ->
                categories.add(
                    Json.createObjectBuilder()
                        .add("code", c.getCode())
                        .add("name", c.getName())
                        .add("url", base + "?category=" + enc(c.getCode()))));
    byte[] body =
        Json.createObjectBuilder()
            .add("products", products)
            .add("categories", categories)
            .build()
            .toString()
            .getBytes(StandardCharsets.UTF_8);
    response.setContentType("application/json;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private void logo(String slug, HttpServletResponse response) throws IOException {
    Showrooms.Logo logo = showrooms.logo(slug);
    if (logo == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setContentType(logo.contentType());
    response.setContentLength(logo.bytes().length);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
    response.setHeader("Cache-Control", "public, max-age=300");
    response.getOutputStream().write(logo.bytes());
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
