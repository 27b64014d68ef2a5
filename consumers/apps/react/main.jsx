// Mounts the React example of docs/frameworks.md (copied to App.tsx by consumers/lib/frameworks.mjs).
import { createRoot } from 'react-dom/client';
import { Territories } from './App.tsx';

createRoot(document.getElementById('app')).render(<Territories />);
