/**
 * Deploying processes/ to the engine, and the rules every deployment must pass before it is stored: model
 * rules, no code or unlisted bean in a model, and what only the server itself may deploy.
 */
package vn.motcua.deployment;
