package org.channelport.platform;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.channelport.shared.Messages;

/**
 * Every answer under /api is problem+json, also those the servlet container gives before or around
 * JAX-RS (declared first in web.xml, so it runs before anything else of the application):
 *
 * <ul>
 *   <li>a path with an encoded or plain dot segment ({@code %2e%2e}, {@code /../}), an encoded
 *       backslash or NUL answers 400 itself: the container would otherwise normalise it into
 *       another path and answer that path's HTML page;
 *   <li>a path under /api but outside /api/v1 answers 404;
 *   <li>an error the container sends for an /api request ({@code sendError}, or its error pages:
 *       security constraints, the default servlet) is written as problem+json instead of the
 *       portal's HTML error page.
 * </ul>
 *
 * <p>What the HTTP parser itself refuses before the application ({@code %00}, {@code %5c}, invalid
 * UTF-8 in the path: "400 Invalid URI", no body; TRACE: 405, no body) never reaches this filter.
 */
public class ApiProblemFilter extends HttpFilter {
  static final String API = "/api";

  /**
   * In the raw (undecoded) path: a dot segment, its dots plain or percent-encoded, between slashes
   * plain or encoded ({@code ..%2f}) or before a path parameter ({@code /..;/}); an encoded
   * backslash or NUL; a backslash or control character.
   */
  static final Pattern MALFORMED =
      Pattern.compile(
          "(?i)(?:^|/|%2f|%5c)(?:\\.|%2e){1,2}(?:$|/|;|%2f|%5c)|%00|%5c|\\\\|[\\x00-\\x1f\\x7f]");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getDispatcherType() == DispatcherType.ERROR) {
      Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
      if (uri instanceof String original && isApi(request.getContextPath(), original)) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer c ? c : 500;
        Object error = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String detail = detail(status);
        if (status >= 500 && error instanceof Throwable t) {
          detail += ApiExceptionMapper.diagnosis(t);
        }
        write(response, status, detail, true);
        return;
      }
      chain.doFilter(request, response);
      return;
    }
    String raw = request.getRequestURI();
    if (raw == null || !isApi(request.getContextPath(), raw)) {
      chain.doFilter(request, response);
      return;
    }
    String path = raw.substring(request.getContextPath().length());
    if (MALFORMED.matcher(path).find()) {
      write(response, 400, Messages.english("error.api.malformedPath"), true);
      return;
    }
    if (!path.equals(ApiApplication.PATH) && !path.startsWith(ApiApplication.PATH + "/")) {
      write(response, 404, Messages.english("error.api.notAnApi"), true);
      return;
    }
    chain.doFilter(request, new ProblemErrors(response));
  }

  static boolean isApi(String contextPath, String uri) {
    String path = uri.substring(Math.min(contextPath.length(), uri.length()));
    return path.equals(API) || path.startsWith(API + "/") || path.startsWith(API + ";");
  }

  static String detail(int status) {
    if (status == 404) {
      return "No such resource.";
    }
    if (status >= 500) {
      return "Something went wrong; the error has been logged.";
    }
    return title(status) + ".";
  }

  static String title(int status) {
    Response.Status known = Response.Status.fromStatusCode(status);
    return known != null ? known.getReasonPhrase() : "Error " + status;
  }

  /** The problem, in the same shape as {@link Problem} written by JAX-RS. */
  static String json(int status, String detail) {
    JsonObjectBuilder problem =
        Json.createObjectBuilder()
            .add("detail", detail)
            .addNull("errors")
            .addNull("field")
            .add("status", status)
            .add("title", title(status))
            .add("type", "about:blank");
    return problem.build().toString();
  }

  static void write(HttpServletResponse response, int status, String detail, boolean reset)
      throws IOException {
    if (response.isCommitted()) {
      return;
    }
    if (reset) {
      response.resetBuffer();
    }
    byte[] body = json(status, detail).getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setHeader("Cache-Control", "no-store");
    response.setContentType(Problem.MEDIA_TYPE.toString().toLowerCase(Locale.ROOT));
    response.setCharacterEncoding("UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
    response.flushBuffer();
  }

  /** Errors sent by whatever answers the request come out as problem+json, not an error page. */
  static final class ProblemErrors extends HttpServletResponseWrapper {
    ProblemErrors(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void sendError(int status) throws IOException {
      write((HttpServletResponse) getResponse(), status, detail(status), true);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      sendError(status);
    }
  }
}
