/**
 * Authentication of every REST path against the engine's identity service, with JSON problem details for 401 and 403.
 */
package vn.motcua.security;
