package org.channelport.support;

/**
 * A file as it was uploaded: the client's name (metadata, and its type must agree with the bytes)
 * and the bytes, read up to one byte past the limit so that an excess shows.
 */
public record IssueFile(String name, byte[] bytes) {
  public IssueFile {
    bytes = bytes == null ? new byte[0] : bytes;
  }
}
