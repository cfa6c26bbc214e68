// Follows the page's meta refresh while the page is still loading, so the
// redirect is immediate wherever scripts run; the meta refresh and the link
// remain for browsers without JavaScript.
var refresh = document.querySelector('meta[http-equiv="refresh"]');
var target = refresh && refresh.content.split(/url=/i)[1];
if (target) location.replace(target);
