/**
 * Camunda engine configuration, the seeding of roles, departments, users and authorizations, and the names
 * of a dossier's process variables with typed access to them ({@link vn.motcua.engine.DossierVariables}).
 * Depends on no other module of the application.
 */
package vn.motcua.engine;
