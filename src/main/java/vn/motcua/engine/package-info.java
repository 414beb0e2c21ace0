/**
 * Camunda engine configuration, the engine clock, and the seeding of roles, departments, users and authorizations.
 */
package vn.motcua.engine;
