// Mounts the JavaScript build into #lesson with the seed from the page's query string.
var seed = (window.location.search.match(/seed=(\d+)/) || [])[1];
PreferenceTrainer.mount(document.getElementById('lesson'), { engine: 'js', seed: seed });
