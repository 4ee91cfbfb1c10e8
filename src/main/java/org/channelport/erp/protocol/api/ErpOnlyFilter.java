package org.channelport.erp.protocol.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.channelport.erp.protocol.InboundLog;
import org.channelport.platform.Problem;
import org.channelport.security.CurrentCaller;

/**
 * The protocol's inbound calls are the ERP's only: any other caller gets 403 before its body is
 * even read (so a portal user learns nothing from the answer to a bad body). A body the JSON reader
 * refused (never reaching the resource) is written to the inbound log as invalid too.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class ErpOnlyFilter implements ContainerRequestFilter, ContainerResponseFilter {
  @Context ResourceInfo resource;
  @Context HttpServletRequest servletRequest;
  @Inject CurrentCaller caller;
  @Inject InboundLog log;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!ours()) {
      return;
    }
    if (!caller.get().isErpIntegration()) {
      request.abortWith(
          Problem.of(
                  Response.Status.FORBIDDEN,
                  "Only the ERP's service account (client channelport-erp) may call this.")
              .toResponse());
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getStatus() != 400
        || !ours()
        || servletRequest.getAttribute(IntegrationResource.LOGGED) != null) {
      return;
    }
    String path = request.getUriInfo().getPath();
    String kind = path.substring(path.lastIndexOf('/') + 1);
    Object problem = response.getEntity();
    log.inbound(
        kind,
        null,
        null,
        "invalid",
        problem instanceof Problem p ? p.detail() + fields(p) : "the body could not be read",
        null);
  }

  private static String fields(Problem p) {
    return p.field() == null ? "" : " (" + p.field() + ")";
  }

  private boolean ours() {
    Class<?> type = resource == null ? null : resource.getResourceClass();
    return type != null && type.getPackageName().equals(ErpOnlyFilter.class.getPackageName());
  }
}
