export const templates = { 'app.hello': "Bonjour de l'application" };
