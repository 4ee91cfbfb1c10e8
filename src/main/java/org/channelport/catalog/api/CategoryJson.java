package org.channelport.catalog.api;

import java.util.Map;
import org.channelport.catalog.Catalog;

/** A category: code, name, the parent's code (null at the top) and depth in the tree. */
public record CategoryJson(String code, String name, String parent, int depth) {
  static CategoryJson of(Catalog.CategoryNode node, Map<Long, String> codes) {
    return new CategoryJson(
        node.getCode(),
        node.category().getName(),
        codes.get(node.category().getParentId()),
        node.depth());
  }
}
