// As a React app uses the package: the "." entry defines the campaign's six elements
// and follows <html lang>; <endht-help>, which is not in the campaign file, comes from its own entry.
import 'endht-widgets';
import 'endht-widgets/help';
import { createRoot } from 'react-dom/client';
import { App } from './App';

window.__interop = { app: 'react', events: [] };
createRoot(document.getElementById('root')!).render(<App />);
