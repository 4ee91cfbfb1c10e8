package org.channelport.order.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The address a customer gets, {@code /order-status?o=…&e=…&s=…}, is the public page
 * /order-status.xhtml (the query string goes along with the forward). Both are listed as public in
 * web.xml; the page itself checks the signature.
 */
@WebFilter(urlPatterns = "/order-status")
public class OrderStatusUrl extends HttpFilter {
  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    request.getRequestDispatcher("/order-status.xhtml").forward(request, response);
  }
}
