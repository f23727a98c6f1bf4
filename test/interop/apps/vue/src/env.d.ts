// The shipped types: <endht-*> elements in Vue templates (props and @event handlers).
import type {} from 'endht-widgets/vue';
