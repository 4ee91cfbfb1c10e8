/**
 * The technical base every capability stands on: database and migrations, the clock, row locks,
 * health checks, the REST application with its JSON reading and problem answers, list query
 * parameters, and (in {@code web/}) the Faces toolkit: messages, converters, the exception handler,
 * security headers, lazy table models and the formula-safe table exports. A kernel: depends on
 * shared only and knows no capability.
 */
package org.channelport.platform;
