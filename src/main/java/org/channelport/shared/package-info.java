/**
 * Plain building blocks with no dependency on the rest of the portal: the domain exception
 * hierarchy and field errors, input checks, codes of enums, message bundles, page requests and
 * pages, and the spreadsheet cells' formula-safety rule. Anything may use it; it uses nothing else
 * of the portal.
 */
package org.channelport.shared;
