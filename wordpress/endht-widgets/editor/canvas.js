/**
 * endht widgets: loads the widgets' module(s) where the block previews are (the editor canvas,
 * an iframe, or the editor page itself). A classic script, so it needs no build step and runs
 * in WordPress 6.5, which does not print script modules into the canvas.
 */
( function () {
	var urls = window.endhtWidgetsModules || [];
	urls.forEach( function ( url ) {
		import( url ).catch( function ( error ) {
			// eslint-disable-next-line no-console
			console.error( 'endht widgets: could not load ' + url, error );
		} );
	} );
} )();
