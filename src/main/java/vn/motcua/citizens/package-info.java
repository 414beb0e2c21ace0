/**
 * Citizens kept informed: an e-mail (or, plugged in, an SMS or Zalo message) to the applicant at the
 * moments of a dossier's life that concern them, queued in the transaction of the change and sent once
 * after it commits (README: 'Thông báo cho tổ chức, công dân / Citizens kept informed').
 */
package vn.motcua.citizens;
