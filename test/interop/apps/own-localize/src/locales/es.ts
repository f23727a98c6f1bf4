export const templates = { 'app.hello': 'Hola desde la aplicación' };
