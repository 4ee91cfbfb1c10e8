/**
 * Channel analytics: daily roll-up tables kept by a leased job from the raw records of leads, deal
 * registrations, orders, MDF and service issues ({@link AnalyticsRollup}), and the figures read
 * from them within the caller's scope ({@link Analytics}): KPIs, series for charts, rankings of
 * customers, partners and products. Shape: services at the root, {@code web/} (dashboards), {@code
 * api/} (/api/v1/analytics/...). The roll-ups read other capabilities' tables at table level in SQL
 * only (never their entities), like the other read models of the portal.
 */
package org.channelport.analytics;
