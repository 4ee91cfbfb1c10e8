/**
 * Importing leads from CSV files: the reader, the row checks and the import report ({@link
 * org.channelport.lead.importing.LeadImport}); {@code web/} the upload page, {@code api/} the
 * import resource. Part of the lead capability; creates leads through {@code LeadService}.
 */
package org.channelport.lead.importing;
