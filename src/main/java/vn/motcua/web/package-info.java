/**
 * The application's REST controllers under /api, and the mapping of errors to JSON problem details.
 */
package vn.motcua.web;
