/**
 * The province's organisation as effective-dated data ({@code app.organisation}): the province, its
 * departments (sở, ban, ngành), its communes (xã, phường) with their offices, the one-stop desks (the
 * provincial centre and each commune's), vertical agencies, and the former districts kept only for the
 * records dated before 1 July 2025 (two-level local government, README "Organisation"). Depends on no
 * other module: everything above reads it.
 */
package vn.motcua.organisation;
