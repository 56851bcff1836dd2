x = 'böse'
