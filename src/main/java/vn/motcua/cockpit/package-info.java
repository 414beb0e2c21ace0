/**
 * The Cockpit plugin for managers: overdue and due-soon dossiers by department and procedure.
 */
package vn.motcua.cockpit;
