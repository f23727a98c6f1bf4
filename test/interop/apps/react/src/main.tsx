// As a React app uses the package: the "." entry defines every element and follows <html lang>.
import 'endht-widgets';
import { createRoot } from 'react-dom/client';
import { App } from './App';

window.__interop = { app: 'react', events: [] };
createRoot(document.getElementById('root')!).render(<App />);
