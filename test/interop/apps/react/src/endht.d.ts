// The shipped types: <endht-*> elements in React's JSX.
import type {} from 'endht-widgets/react';
