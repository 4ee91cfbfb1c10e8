package org.channelport.catalog;

/** A category a file declares (the BMEcat catalog group system): code, name, parent code. */
public record CategoryDecl(String code, String name, String parentCode) {}
