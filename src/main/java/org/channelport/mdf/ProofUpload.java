package org.channelport.mdf;

/**
 * A proof file as uploaded: the kind the partner named for it (null: the first required kind still
 * missing), the client's file name (metadata; its type must agree with the bytes) and the bytes,
 * read up to one byte past the limit so an excess shows.
 */
public record ProofUpload(MdfProofKind kind, String name, byte[] bytes) {
  public ProofUpload {
    bytes = bytes == null ? new byte[0] : bytes;
  }
}
