package org.channelport.mdf.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.channelport.mdf.MdfClaims;
import org.channelport.mdf.MdfProofFiles;
import org.channelport.platform.ApiExceptionMapper;
import org.channelport.platform.LimitedBody;
import org.channelport.platform.ListFilters;
import org.channelport.shared.DomainException;

/**
 * A multipart claim or proof upload is refused before a byte of its body is read when the caller
 * may not upload (403 for a channel manager, 404 audited for another partner's claim) and when its
 * declared length is more than the files allowed could be (413). A body without a length, or with a
 * false one, is cut off (413) once it is longer than that or starts more parts than allowed.
 */
@Provider
@ProofUploadCheck
@Priority(Priorities.AUTHORIZATION)
public class ProofUploadFilter implements ContainerRequestFilter {
  /** Room for the claim's JSON, the kinds and the multipart headers around the files. */
  static final long ENVELOPE = 128 * 1024;

  @Inject MdfClaims claims;
  @Inject MdfProofFiles files;

  @Override
  public void filter(ContainerRequestContext request) {
    try {
      String id = request.getUriInfo().getPathParameters().getFirst("id");
      if (id == null) {
        claims.requireMayPrepare();
      } else {
        Long claimId = ListFilters.id(id);
        if (claimId == null) {
          return; // not a claim's id: the resource's own parameter check answers
        }
        claims.requireMayAddProof(claimId);
      }
      MdfProofFiles.Limits limits = files.limits();
      long most = (long) limits.maxBytes() * limits.maxFiles() + ENVELOPE;
      if (request.getLength() > most) {
        throw new MdfProofFiles.TooLarge("error.mdf.fileSize", limits.maxBytes() / 1024);
      }
      request.setEntityStream(
          LimitedBody.multipart(
              request.getEntityStream(),
              request.getMediaType(),
              most,
              2 * limits.maxFiles() + 1,
              () -> new MdfProofFiles.TooLarge("error.mdf.fileSize", limits.maxBytes() / 1024)));
    } catch (DomainException e) {
      request.abortWith(ApiExceptionMapper.problem(e).toResponse());
    }
  }
}
