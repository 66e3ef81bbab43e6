/* Keyboard access to the links inside grid cells (Explore's "Open").
   AG Grid keeps keyboard focus on cells and Tab moves between cells, so a link inside a
   cell is never focused itself: Enter on a focused cell that holds a link follows it, as
   a click would. A plain asset (served from 'self'), so the content security policy holds. */
document.addEventListener('keydown', function (event) {
    if (event.key !== 'Enter' || event.defaultPrevented || !event.target.closest) { return; }
    var cell = event.target.closest('.claims-grid .ag-cell');
    var link = cell && cell.querySelector('a[href]');
    if (link) {
        event.preventDefault();
        link.click();
    }
});
