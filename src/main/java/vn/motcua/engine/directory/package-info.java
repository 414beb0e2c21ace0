/**
 * Users and groups from the province's LDAP directory when configured (app.directory.ldap), through Camunda's LDAP
 * identity provider with Motcua's reading rules; the engine's own identity store otherwise.
 */
package vn.motcua.engine.directory;
