package org.channelport.support;

/** A file of an issue to download: what it is and its bytes. */
public record AttachmentContent(AttachmentView attachment, byte[] bytes) {}
